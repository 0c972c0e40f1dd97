import {
  to = awscc_ivs_stream_key.example
  id = "arn"
}