import {
  to = awscc_logs_resource_policy.example
  id = "policy_name"
}