import {
  to = awscc_emr_wal_workspace.example
  identity = {
    wal_workspace_name = "wal_workspace_name"
  }
}
