import {
  to = awscc_lambda_network_connector.example
  id = "arn"
}