import {
  to = awscc_iottwinmaker_workspace.example
  id = "workspace_id"
}