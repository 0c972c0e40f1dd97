import {
  to = awscc_redshift_event_subscription.example
  id = "subscription_name"
}