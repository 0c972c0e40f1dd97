import {
  to = awscc_connect_contact_flow_version.example
  id = "contact_flow_version_arn"
}