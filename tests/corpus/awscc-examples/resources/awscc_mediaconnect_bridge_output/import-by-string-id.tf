import {
  to = awscc_mediaconnect_bridge_output.example
  id = "bridge_arn|name"
}