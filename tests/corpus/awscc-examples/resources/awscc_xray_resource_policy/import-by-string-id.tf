import {
  to = awscc_xray_resource_policy.example
  id = "policy_name"
}