import {
  to = awscc_connect_task_template.example
  id = "arn"
}