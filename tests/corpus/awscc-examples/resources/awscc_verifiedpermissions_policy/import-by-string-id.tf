import {
  to = awscc_verifiedpermissions_policy.example
  id = "policy_id|policy_store_id"
}