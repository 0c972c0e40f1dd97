import {
  to = awscc_dms_event_subscription.example
  identity = {
    subscription_name = "subscription_name"
  }
}
