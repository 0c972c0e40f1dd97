import {
  to = awscc_directconnect_direct_connect_gateway.example
  id = "direct_connect_gateway_arn"
}