import {
  to = awscc_glue_registry.example
  id = "arn"
}