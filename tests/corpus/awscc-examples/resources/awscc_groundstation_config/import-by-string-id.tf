import {
  to = awscc_groundstation_config.example
  id = "arn"
}