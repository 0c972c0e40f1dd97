import {
  to = awscc_connect_contact_flow.example
  id = "contact_flow_arn"
}