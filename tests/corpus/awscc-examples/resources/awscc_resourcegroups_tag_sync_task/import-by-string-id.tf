import {
  to = awscc_resourcegroups_tag_sync_task.example
  id = "task_arn"
}