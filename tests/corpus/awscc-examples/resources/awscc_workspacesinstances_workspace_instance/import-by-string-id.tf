import {
  to = awscc_workspacesinstances_workspace_instance.example
  id = "workspace_instance_id"
}