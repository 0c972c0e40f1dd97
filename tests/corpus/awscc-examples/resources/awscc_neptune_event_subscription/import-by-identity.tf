import {
  to = awscc_neptune_event_subscription.example
  identity = {
    subscription_name = "subscription_name"
  }
}
