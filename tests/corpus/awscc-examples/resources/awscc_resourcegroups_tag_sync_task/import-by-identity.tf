import {
  to = awscc_resourcegroups_tag_sync_task.example
  identity = {
    task_arn = "task_arn"
  }
}
