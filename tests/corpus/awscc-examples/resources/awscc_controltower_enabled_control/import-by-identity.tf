import {
  to = awscc_controltower_enabled_control.example
  identity = {
    target_identifier  = "target_identifier"
    control_identifier = "control_identifier"
  }
}
