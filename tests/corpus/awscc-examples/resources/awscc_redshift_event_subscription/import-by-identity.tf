import {
  to = awscc_redshift_event_subscription.example
  identity = {
    subscription_name = "subscription_name"
  }
}
