import {
  to = awscc_appsync_data_source.example
  id = "data_source_arn"
}