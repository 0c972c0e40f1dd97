import {
  to = awscc_s3_storage_lens.example
  identity = {
    storage_lens_configuration_id = "storage_lens_configuration_id"
  }
}
