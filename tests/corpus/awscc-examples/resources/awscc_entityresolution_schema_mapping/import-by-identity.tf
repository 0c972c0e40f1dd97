import {
  to = awscc_entityresolution_schema_mapping.example
  identity = {
    schema_name = "schema_name"
  }
}
