import {
  to = awscc_iottwinmaker_sync_job.example
  id = "workspace_id|sync_source"
}