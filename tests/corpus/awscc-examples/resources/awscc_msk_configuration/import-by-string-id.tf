import {
  to = awscc_msk_configuration.example
  id = "arn"
}