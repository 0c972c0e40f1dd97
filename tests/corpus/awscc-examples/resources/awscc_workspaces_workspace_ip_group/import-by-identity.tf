import {
  to = awscc_workspaces_workspace_ip_group.example
  identity = {
    arn = "arn"
  }
}
