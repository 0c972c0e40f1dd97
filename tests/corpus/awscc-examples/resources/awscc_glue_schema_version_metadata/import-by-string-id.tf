import {
  to = awscc_glue_schema_version_metadata.example
  id = "schema_version_id|key|value"
}