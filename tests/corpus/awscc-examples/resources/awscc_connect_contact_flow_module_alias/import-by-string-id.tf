import {
  to = awscc_connect_contact_flow_module_alias.example
  id = "contact_flow_module_alias_arn"
}