import {
  to = awscc_connect_contact_flow_module_alias.example
  identity = {
    contact_flow_module_alias_arn = "contact_flow_module_alias_arn"
  }
}
