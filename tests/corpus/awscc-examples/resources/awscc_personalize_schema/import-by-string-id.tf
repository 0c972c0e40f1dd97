import {
  to = awscc_personalize_schema.example
  id = "schema_arn"
}