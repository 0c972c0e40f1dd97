import {
  to = awscc_mediaconnect_router_output.example
  identity = {
    arn = "arn"
  }
}
