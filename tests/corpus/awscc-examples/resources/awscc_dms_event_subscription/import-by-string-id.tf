import {
  to = awscc_dms_event_subscription.example
  id = "subscription_name"
}