import {
  to = awscc_mediaconnect_bridge_output.example
  identity = {
    bridge_arn = "bridge_arn"
    name       = "name"
  }
}
