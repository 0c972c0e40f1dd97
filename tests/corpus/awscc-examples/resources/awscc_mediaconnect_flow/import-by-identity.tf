import {
  to = awscc_mediaconnect_flow.example
  identity = {
    flow_arn = "flow_arn"
  }
}
