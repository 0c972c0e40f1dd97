import {
  to = awscc_glue_schema_version_metadata.example
  identity = {
    schema_version_id = "schema_version_id"
    key               = "key"
    value             = "value"
  }
}
