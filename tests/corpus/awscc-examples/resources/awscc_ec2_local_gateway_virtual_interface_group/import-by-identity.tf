import {
  to = awscc_ec2_local_gateway_virtual_interface_group.example
  identity = {
    local_gateway_virtual_interface_group_id = "local_gateway_virtual_interface_group_id"
  }
}
