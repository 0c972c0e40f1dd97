import {
  to = awscc_logs_integration.example
  identity = {
    integration_name = "integration_name"
  }
}
