import {
  to = awscc_iam_group_policy.example
  identity = {
    policy_name = "policy_name"
    group_name  = "group_name"
  }
}
