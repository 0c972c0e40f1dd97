import {
  to = awscc_kms_replica_key.example
  id = "key_id"
}