import {
  to = awscc_logs_integration.example
  id = "integration_name"
}