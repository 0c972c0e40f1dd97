import {
  to = awscc_mediaconnect_flow_source.example
  id = "source_arn"
}