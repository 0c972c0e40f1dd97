import {
  to = awscc_mediaconnect_gateway.example
  identity = {
    gateway_arn = "gateway_arn"
  }
}
