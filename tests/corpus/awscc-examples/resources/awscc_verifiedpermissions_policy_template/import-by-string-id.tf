import {
  to = awscc_verifiedpermissions_policy_template.example
  id = "policy_store_id|policy_template_id"
}