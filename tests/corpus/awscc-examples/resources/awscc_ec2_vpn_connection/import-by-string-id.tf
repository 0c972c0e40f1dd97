import {
  to = awscc_ec2_vpn_connection.example
  id = "vpn_connection_id"
}