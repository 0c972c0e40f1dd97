import {
  to = awscc_ivs_storage_configuration.example
  identity = {
    arn = "arn"
  }
}
