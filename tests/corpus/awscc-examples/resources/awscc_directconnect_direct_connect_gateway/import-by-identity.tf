import {
  to = awscc_directconnect_direct_connect_gateway.example
  identity = {
    direct_connect_gateway_arn = "direct_connect_gateway_arn"
  }
}
