import {
  to = awscc_aps_resource_policy.example
  id = "workspace_arn"
}