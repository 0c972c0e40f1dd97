import {
  to = awscc_config_connector.example
  id = "arn"
}