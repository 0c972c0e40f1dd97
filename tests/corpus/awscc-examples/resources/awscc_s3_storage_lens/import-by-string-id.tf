import {
  to = awscc_s3_storage_lens.example
  id = "storage_lens_configuration_id"
}