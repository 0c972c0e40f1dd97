import {
  to = awscc_mediaconnect_gateway.example
  id = "gateway_arn"
}