import {
  to = awscc_ivs_public_key.example
  identity = {
    arn = "arn"
  }
}
