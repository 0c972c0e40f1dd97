import {
  to = awscc_ivs_encoder_configuration.example
  identity = {
    arn = "arn"
  }
}
