import {
  to = awscc_ssm_resource_policy.example
  id = "policy_id|resource_arn"
}