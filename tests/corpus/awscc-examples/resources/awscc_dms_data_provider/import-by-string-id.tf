import {
  to = awscc_dms_data_provider.example
  id = "data_provider_arn"
}