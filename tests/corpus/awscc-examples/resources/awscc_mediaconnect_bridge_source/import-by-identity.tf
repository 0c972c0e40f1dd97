import {
  to = awscc_mediaconnect_bridge_source.example
  identity = {
    bridge_arn = "bridge_arn"
    name       = "name"
  }
}
