import {
  to = awscc_datasync_task.example
  identity = {
    task_arn = "task_arn"
  }
}
