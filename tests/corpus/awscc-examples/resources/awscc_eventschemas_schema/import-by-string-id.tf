import {
  to = awscc_eventschemas_schema.example
  id = "schema_arn"
}