import {
  to = awscc_rds_integration.example
  identity = {
    integration_arn = "integration_arn"
  }
}
