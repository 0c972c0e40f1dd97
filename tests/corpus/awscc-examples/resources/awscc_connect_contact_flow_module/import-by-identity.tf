import {
  to = awscc_connect_contact_flow_module.example
  identity = {
    contact_flow_module_arn = "contact_flow_module_arn"
  }
}
