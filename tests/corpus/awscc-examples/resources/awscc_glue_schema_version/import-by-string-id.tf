import {
  to = awscc_glue_schema_version.example
  id = "version_id"
}