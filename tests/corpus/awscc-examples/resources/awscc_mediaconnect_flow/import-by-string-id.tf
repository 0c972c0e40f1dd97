import {
  to = awscc_mediaconnect_flow.example
  id = "flow_arn"
}