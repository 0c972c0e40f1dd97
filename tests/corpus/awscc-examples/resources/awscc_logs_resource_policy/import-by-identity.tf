import {
  to = awscc_logs_resource_policy.example
  identity = {
    policy_name = "policy_name"
  }
}
