import {
  to = awscc_ivs_public_key.example
  id = "arn"
}