import {
  to = awscc_securityhub_connector.example
  identity = {
    connector_arn = "connector_arn"
  }
}
