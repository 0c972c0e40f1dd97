import {
  to = awscc_emr_wal_workspace.example
  id = "wal_workspace_name"
}