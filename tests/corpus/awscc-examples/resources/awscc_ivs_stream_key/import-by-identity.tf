import {
  to = awscc_ivs_stream_key.example
  identity = {
    arn = "arn"
  }
}
