import {
  to = awscc_glue_data_catalog_encryption_settings.example
  identity = {
    catalog_id = "catalog_id"
  }
}
