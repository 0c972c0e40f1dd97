import {
  to = awscc_directconnect_private_virtual_interface.example
  id = "virtual_interface_arn"
}