import {
  to = awscc_workspaces_connection_alias.example
  id = "alias_id"
}