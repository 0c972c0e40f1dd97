import {
  to = awscc_directconnect_transit_virtual_interface.example
  identity = {
    virtual_interface_arn = "virtual_interface_arn"
  }
}
