import {
  to = awscc_glue_registry.example
  identity = {
    arn = "arn"
  }
}
