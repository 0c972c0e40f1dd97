import {
  to = awscc_logs_account_policy.example
  identity = {
    account_id  = "account_id"
    policy_type = "policy_type"
    policy_name = "policy_name"
  }
}
