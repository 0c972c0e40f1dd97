import {
  to = awscc_verifiedpermissions_policy_store_alias.example
  identity = {
    alias_name = "alias_name"
  }
}
