import {
  to = awscc_aps_resource_policy.example
  identity = {
    workspace_arn = "workspace_arn"
  }
}
