import {
  to = awscc_resiliencehub_resiliency_policy.example
  id = "policy_arn"
}