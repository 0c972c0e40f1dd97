import {
  to = awscc_oam_sink.example
  id = "arn"
}