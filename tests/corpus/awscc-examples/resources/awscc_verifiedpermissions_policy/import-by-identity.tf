import {
  to = awscc_verifiedpermissions_policy.example
  identity = {
    policy_id       = "policy_id"
    policy_store_id = "policy_store_id"
  }
}
