import {
  to = awscc_ec2_vpn_connection_route.example
  id = "destination_cidr_block|vpn_connection_id"
}