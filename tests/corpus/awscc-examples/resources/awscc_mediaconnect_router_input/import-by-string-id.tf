import {
  to = awscc_mediaconnect_router_input.example
  id = "arn"
}