import {
  to = awscc_mediaconnect_bridge.example
  identity = {
    bridge_arn = "bridge_arn"
  }
}
