import {
  to = awscc_mpa_identity_source.example
  id = "identity_source_arn"
}