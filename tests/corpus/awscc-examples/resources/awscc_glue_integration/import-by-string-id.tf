import {
  to = awscc_glue_integration.example
  id = "integration_arn|integration_name"
}