import {
  to = awscc_mediaconnect_flow_source.example
  identity = {
    source_arn = "source_arn"
  }
}
