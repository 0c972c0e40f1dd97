import {
  to = awscc_securityhub_connector_v2.example
  identity = {
    connector_arn = "connector_arn"
  }
}
