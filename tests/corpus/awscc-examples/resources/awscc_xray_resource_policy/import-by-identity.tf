import {
  to = awscc_xray_resource_policy.example
  identity = {
    policy_name = "policy_name"
  }
}
