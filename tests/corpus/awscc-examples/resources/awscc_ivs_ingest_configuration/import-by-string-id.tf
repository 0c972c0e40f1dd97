import {
  to = awscc_ivs_ingest_configuration.example
  id = "arn"
}