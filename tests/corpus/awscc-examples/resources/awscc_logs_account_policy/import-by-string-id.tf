import {
  to = awscc_logs_account_policy.example
  id = "account_id|policy_type|policy_name"
}