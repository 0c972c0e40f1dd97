import {
  to = awscc_directconnect_public_virtual_interface.example
  id = "virtual_interface_arn"
}