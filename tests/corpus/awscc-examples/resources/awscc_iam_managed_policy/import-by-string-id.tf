import {
  to = awscc_iam_managed_policy.example
  id = "policy_arn"
}