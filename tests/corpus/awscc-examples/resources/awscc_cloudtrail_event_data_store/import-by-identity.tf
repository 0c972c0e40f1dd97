import {
  to = awscc_cloudtrail_event_data_store.example
  identity = {
    event_data_store_arn = "event_data_store_arn"
  }
}
