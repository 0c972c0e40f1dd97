import {
  to = awscc_resiliencehub_resiliency_policy.example
  identity = {
    policy_arn = "policy_arn"
  }
}
