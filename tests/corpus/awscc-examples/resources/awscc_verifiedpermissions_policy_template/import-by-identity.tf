import {
  to = awscc_verifiedpermissions_policy_template.example
  identity = {
    policy_store_id    = "policy_store_id"
    policy_template_id = "policy_template_id"
  }
}
