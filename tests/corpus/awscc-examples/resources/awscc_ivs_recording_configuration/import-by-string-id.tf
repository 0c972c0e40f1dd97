import {
  to = awscc_ivs_recording_configuration.example
  id = "arn"
}