import {
  to = awscc_kms_key.example
  identity = {
    key_id = "key_id"
  }
}
