import {
  to = awscc_entityresolution_schema_mapping.example
  id = "schema_name"
}