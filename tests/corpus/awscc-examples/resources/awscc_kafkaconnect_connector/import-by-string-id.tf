import {
  to = awscc_kafkaconnect_connector.example
  id = "connector_arn"
}