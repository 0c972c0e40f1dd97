import {
  to = awscc_resiliencehubv2_policy.example
  id = "policy_arn"
}