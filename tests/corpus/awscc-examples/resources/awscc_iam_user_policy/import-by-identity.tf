import {
  to = awscc_iam_user_policy.example
  identity = {
    policy_name = "policy_name"
    user_name   = "user_name"
  }
}
