import {
  to = awscc_docdb_event_subscription.example
  identity = {
    subscription_name = "subscription_name"
  }
}
