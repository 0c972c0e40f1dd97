import {
  to = awscc_ssm_maintenance_window.example
  id = "window_id"
}