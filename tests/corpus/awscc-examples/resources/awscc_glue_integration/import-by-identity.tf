import {
  to = awscc_glue_integration.example
  identity = {
    integration_arn  = "integration_arn"
    integration_name = "integration_name"
  }
}
