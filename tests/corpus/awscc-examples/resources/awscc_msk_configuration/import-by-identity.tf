import {
  to = awscc_msk_configuration.example
  identity = {
    arn = "arn"
  }
}
