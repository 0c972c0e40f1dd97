import {
  to = awscc_ivs_recording_configuration.example
  identity = {
    arn = "arn"
  }
}
