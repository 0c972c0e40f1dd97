import {
  to = awscc_s3_storage_lens_group.example
  id = "name"
}