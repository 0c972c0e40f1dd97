import {
  to = awscc_iottwinmaker_sync_job.example
  identity = {
    workspace_id = "workspace_id"
    sync_source  = "sync_source"
  }
}
