import {
  to = awscc_securityhub_connector.example
  id = "connector_arn"
}