import {
  to = awscc_connect_contact_flow_module_version.example
  id = "contact_flow_module_version_arn"
}