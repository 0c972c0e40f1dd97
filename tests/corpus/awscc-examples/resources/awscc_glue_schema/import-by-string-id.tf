import {
  to = awscc_glue_schema.example
  id = "arn"
}