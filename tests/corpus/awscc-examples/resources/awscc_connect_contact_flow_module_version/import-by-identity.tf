import {
  to = awscc_connect_contact_flow_module_version.example
  identity = {
    contact_flow_module_version_arn = "contact_flow_module_version_arn"
  }
}
