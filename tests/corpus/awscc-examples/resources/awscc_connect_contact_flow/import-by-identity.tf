import {
  to = awscc_connect_contact_flow.example
  identity = {
    contact_flow_arn = "contact_flow_arn"
  }
}
