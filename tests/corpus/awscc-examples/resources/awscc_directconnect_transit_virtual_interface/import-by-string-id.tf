import {
  to = awscc_directconnect_transit_virtual_interface.example
  id = "virtual_interface_arn"
}