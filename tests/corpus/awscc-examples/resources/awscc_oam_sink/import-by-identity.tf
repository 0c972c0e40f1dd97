import {
  to = awscc_oam_sink.example
  identity = {
    arn = "arn"
  }
}
