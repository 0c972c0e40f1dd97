import {
  to = awscc_neptune_event_subscription.example
  id = "subscription_name"
}