import {
  to = awscc_kms_key.example
  id = "key_id"
}