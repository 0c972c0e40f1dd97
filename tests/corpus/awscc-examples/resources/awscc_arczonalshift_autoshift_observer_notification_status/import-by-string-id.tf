import {
  to = awscc_arczonalshift_autoshift_observer_notification_status.example
  id = "account_id|region"
}