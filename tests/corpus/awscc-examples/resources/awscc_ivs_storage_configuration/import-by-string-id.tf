import {
  to = awscc_ivs_storage_configuration.example
  id = "arn"
}