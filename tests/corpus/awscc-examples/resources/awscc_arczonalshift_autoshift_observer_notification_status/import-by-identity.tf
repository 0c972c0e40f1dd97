import {
  to = awscc_arczonalshift_autoshift_observer_notification_status.example
  identity = {
    account_id = "account_id"
    region     = "region"
  }
}
