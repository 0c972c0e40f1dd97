import {
  to = awscc_iam_managed_policy.example
  identity = {
    policy_arn = "policy_arn"
  }
}
