import {
  to = awscc_ec2_local_gateway_virtual_interface_group.example
  id = "local_gateway_virtual_interface_group_id"
}