import {
  to = awscc_directconnect_public_virtual_interface.example
  identity = {
    virtual_interface_arn = "virtual_interface_arn"
  }
}
