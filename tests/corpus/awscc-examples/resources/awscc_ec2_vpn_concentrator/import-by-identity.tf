import {
  to = awscc_ec2_vpn_concentrator.example
  identity = {
    vpn_concentrator_id = "vpn_concentrator_id"
  }
}
