import {
  to = awscc_ssm_maintenance_window_task.example
  identity = {
    window_id      = "window_id"
    window_task_id = "window_task_id"
  }
}
