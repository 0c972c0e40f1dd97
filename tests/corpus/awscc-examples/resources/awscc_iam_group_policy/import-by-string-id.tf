import {
  to = awscc_iam_group_policy.example
  id = "policy_name|group_name"
}