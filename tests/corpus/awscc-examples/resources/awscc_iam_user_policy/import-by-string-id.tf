import {
  to = awscc_iam_user_policy.example
  id = "policy_name|user_name"
}