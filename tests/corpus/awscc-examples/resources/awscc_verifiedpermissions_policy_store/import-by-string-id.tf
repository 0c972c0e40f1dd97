import {
  to = awscc_verifiedpermissions_policy_store.example
  id = "policy_store_id"
}