import {
  to = awscc_cloudtrail_event_data_store.example
  id = "event_data_store_arn"
}