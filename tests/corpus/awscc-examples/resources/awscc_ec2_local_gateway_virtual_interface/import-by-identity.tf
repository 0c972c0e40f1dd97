import {
  to = awscc_ec2_local_gateway_virtual_interface.example
  identity = {
    local_gateway_virtual_interface_id = "local_gateway_virtual_interface_id"
  }
}
