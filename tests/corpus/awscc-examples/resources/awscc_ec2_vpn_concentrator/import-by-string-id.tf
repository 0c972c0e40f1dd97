import {
  to = awscc_ec2_vpn_concentrator.example
  id = "vpn_concentrator_id"
}