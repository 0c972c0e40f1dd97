import {
  to = awscc_workspacesinstances_workspace_instance.example
  identity = {
    workspace_instance_id = "workspace_instance_id"
  }
}
