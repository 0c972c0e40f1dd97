import {
  to = awscc_glue_catalog.example
  id = "resource_arn"
}