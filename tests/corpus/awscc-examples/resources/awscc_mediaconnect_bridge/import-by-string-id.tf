import {
  to = awscc_mediaconnect_bridge.example
  id = "bridge_arn"
}