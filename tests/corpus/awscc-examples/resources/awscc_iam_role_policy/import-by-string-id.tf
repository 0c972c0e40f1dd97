import {
  to = awscc_iam_role_policy.example
  id = "policy_name|role_name"
}