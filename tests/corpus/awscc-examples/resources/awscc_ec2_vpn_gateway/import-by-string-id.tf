import {
  to = awscc_ec2_vpn_gateway.example
  id = "vpn_gateway_id"
}