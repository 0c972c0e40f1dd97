import {
  to = awscc_resiliencehubv2_policy.example
  identity = {
    policy_arn = "policy_arn"
  }
}
