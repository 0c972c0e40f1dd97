import {
  to = awscc_signer_signing_profile.example
  id = "arn"
}