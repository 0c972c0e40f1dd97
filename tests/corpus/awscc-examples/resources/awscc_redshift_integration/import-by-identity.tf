import {
  to = awscc_redshift_integration.example
  identity = {
    integration_arn = "integration_arn"
  }
}
