import {
  to = awscc_kms_replica_key.example
  identity = {
    key_id = "key_id"
  }
}
