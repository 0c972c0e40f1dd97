import {
  to = awscc_glue_schema.example
  identity = {
    arn = "arn"
  }
}
