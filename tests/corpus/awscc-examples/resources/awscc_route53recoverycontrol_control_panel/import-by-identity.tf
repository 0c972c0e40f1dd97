import {
  to = awscc_route53recoverycontrol_control_panel.example
  identity = {
    control_panel_arn = "control_panel_arn"
  }
}
