import {
  to = awscc_kafkaconnect_connector.example
  identity = {
    connector_arn = "connector_arn"
  }
}
