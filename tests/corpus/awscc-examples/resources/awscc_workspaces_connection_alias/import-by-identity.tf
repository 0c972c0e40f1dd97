import {
  to = awscc_workspaces_connection_alias.example
  identity = {
    alias_id = "alias_id"
  }
}
