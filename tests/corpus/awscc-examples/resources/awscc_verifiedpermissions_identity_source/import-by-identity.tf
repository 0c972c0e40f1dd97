import {
  to = awscc_verifiedpermissions_identity_source.example
  identity = {
    identity_source_id = "identity_source_id"
    policy_store_id    = "policy_store_id"
  }
}
