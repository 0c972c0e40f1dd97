import {
  to = awscc_ivs_encoder_configuration.example
  id = "arn"
}