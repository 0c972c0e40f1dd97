import {
  to = awscc_groundstation_config.example
  identity = {
    arn = "arn"
  }
}
