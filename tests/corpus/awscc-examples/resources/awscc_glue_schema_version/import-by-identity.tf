import {
  to = awscc_glue_schema_version.example
  identity = {
    version_id = "version_id"
  }
}
