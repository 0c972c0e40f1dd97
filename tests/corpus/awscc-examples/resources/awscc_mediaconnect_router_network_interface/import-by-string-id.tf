import {
  to = awscc_mediaconnect_router_network_interface.example
  id = "arn"
}