import {
  to = awscc_mediaconnect_bridge_source.example
  id = "bridge_arn|name"
}