import {
  to = awscc_ec2_vpcdhcp_options_association.example
  identity = {
    dhcp_options_id = "dhcp_options_id"
    vpc_id          = "vpc_id"
  }
}
