import {
  to = awscc_config_connector.example
  identity = {
    arn = "arn"
  }
}
