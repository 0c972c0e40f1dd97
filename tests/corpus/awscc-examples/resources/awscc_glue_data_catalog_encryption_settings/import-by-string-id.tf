import {
  to = awscc_glue_data_catalog_encryption_settings.example
  id = "catalog_id"
}