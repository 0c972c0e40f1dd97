import {
  to = awscc_rds_event_subscription.example
  id = "subscription_name"
}