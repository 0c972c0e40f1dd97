import {
  to = awscc_redshift_integration.example
  id = "integration_arn"
}