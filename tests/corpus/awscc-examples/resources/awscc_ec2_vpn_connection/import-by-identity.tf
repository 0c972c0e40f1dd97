import {
  to = awscc_ec2_vpn_connection.example
  identity = {
    vpn_connection_id = "vpn_connection_id"
  }
}
