import {
  to = awscc_ssm_maintenance_window_target.example
  id = "window_id|window_target_id"
}