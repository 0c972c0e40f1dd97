import {
  to = awscc_connect_contact_flow_module.example
  id = "contact_flow_module_arn"
}