import {
  to = awscc_appsync_data_source.example
  identity = {
    data_source_arn = "data_source_arn"
  }
}
