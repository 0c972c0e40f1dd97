import {
  to = awscc_docdb_event_subscription.example
  id = "subscription_name"
}