import {
  to = awscc_ec2_vpn_connection_route.example
  identity = {
    destination_cidr_block = "destination_cidr_block"
    vpn_connection_id      = "vpn_connection_id"
  }
}
