import {
  to = awscc_verifiedpermissions_policy_store_alias.example
  id = "alias_name"
}