import {
  to = awscc_ec2_vpn_gateway.example
  identity = {
    vpn_gateway_id = "vpn_gateway_id"
  }
}
