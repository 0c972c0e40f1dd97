import {
  to = awscc_connect_contact_flow_version.example
  identity = {
    contact_flow_version_arn = "contact_flow_version_arn"
  }
}
