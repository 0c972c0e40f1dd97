import {
  to = awscc_ec2_vpcdhcp_options_association.example
  id = "dhcp_options_id|vpc_id"
}