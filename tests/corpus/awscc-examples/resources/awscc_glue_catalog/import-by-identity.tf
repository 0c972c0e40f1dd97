import {
  to = awscc_glue_catalog.example
  identity = {
    resource_arn = "resource_arn"
  }
}
