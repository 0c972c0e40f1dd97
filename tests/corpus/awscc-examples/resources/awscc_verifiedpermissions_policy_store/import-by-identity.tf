import {
  to = awscc_verifiedpermissions_policy_store.example
  identity = {
    policy_store_id = "policy_store_id"
  }
}
