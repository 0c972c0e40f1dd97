import {
  to = awscc_eventschemas_schema.example
  identity = {
    schema_arn = "schema_arn"
  }
}
