import {
  to = awscc_controltower_enabled_control.example
  id = "target_identifier|control_identifier"
}