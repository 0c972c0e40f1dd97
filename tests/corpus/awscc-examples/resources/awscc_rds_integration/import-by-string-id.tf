import {
  to = awscc_rds_integration.example
  id = "integration_arn"
}