import {
  to = awscc_verifiedpermissions_identity_source.example
  id = "identity_source_id|policy_store_id"
}