import {
  to = awscc_dms_data_provider.example
  identity = {
    data_provider_arn = "data_provider_arn"
  }
}
