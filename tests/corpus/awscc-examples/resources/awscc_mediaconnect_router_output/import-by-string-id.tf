import {
  to = awscc_mediaconnect_router_output.example
  id = "arn"
}