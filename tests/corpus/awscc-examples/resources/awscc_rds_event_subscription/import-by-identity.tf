import {
  to = awscc_rds_event_subscription.example
  identity = {
    subscription_name = "subscription_name"
  }
}
