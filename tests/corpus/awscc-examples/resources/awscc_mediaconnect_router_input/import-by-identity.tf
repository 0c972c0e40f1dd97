import {
  to = awscc_mediaconnect_router_input.example
  identity = {
    arn = "arn"
  }
}
