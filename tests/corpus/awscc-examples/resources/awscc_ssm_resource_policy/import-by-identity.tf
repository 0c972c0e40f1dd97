import {
  to = awscc_ssm_resource_policy.example
  identity = {
    policy_id    = "policy_id"
    resource_arn = "resource_arn"
  }
}
