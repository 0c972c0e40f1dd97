import {
  to = awscc_ssm_maintenance_window.example
  identity = {
    window_id = "window_id"
  }
}
