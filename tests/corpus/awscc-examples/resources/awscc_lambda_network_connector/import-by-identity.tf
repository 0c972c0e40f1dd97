import {
  to = awscc_lambda_network_connector.example
  identity = {
    arn = "arn"
  }
}
