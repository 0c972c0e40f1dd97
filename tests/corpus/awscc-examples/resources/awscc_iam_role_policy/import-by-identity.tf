import {
  to = awscc_iam_role_policy.example
  identity = {
    policy_name = "policy_name"
    role_name   = "role_name"
  }
}
