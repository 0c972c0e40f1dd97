import {
  to = awscc_ivs_ingest_configuration.example
  identity = {
    arn = "arn"
  }
}
