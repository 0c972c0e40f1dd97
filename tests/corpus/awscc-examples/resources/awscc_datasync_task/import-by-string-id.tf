import {
  to = awscc_datasync_task.example
  id = "task_arn"
}