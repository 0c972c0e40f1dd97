import {
  to = awscc_personalize_schema.example
  identity = {
    schema_arn = "schema_arn"
  }
}
