import {
  to = awscc_mpa_identity_source.example
  identity = {
    identity_source_arn = "identity_source_arn"
  }
}
