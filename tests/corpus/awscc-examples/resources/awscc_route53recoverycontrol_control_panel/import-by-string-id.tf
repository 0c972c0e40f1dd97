import {
  to = awscc_route53recoverycontrol_control_panel.example
  id = "control_panel_arn"
}