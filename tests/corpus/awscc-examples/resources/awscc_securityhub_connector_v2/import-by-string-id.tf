import {
  to = awscc_securityhub_connector_v2.example
  id = "connector_arn"
}