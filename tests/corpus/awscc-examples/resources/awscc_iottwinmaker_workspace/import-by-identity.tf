import {
  to = awscc_iottwinmaker_workspace.example
  identity = {
    workspace_id = "workspace_id"
  }
}
