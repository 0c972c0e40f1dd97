import {
  to = awscc_ssm_maintenance_window_task.example
  id = "window_id|window_task_id"
}