import {
  to = awscc_ssm_maintenance_window_target.example
  identity = {
    window_id        = "window_id"
    window_target_id = "window_target_id"
  }
}
