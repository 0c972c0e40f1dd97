import {
  to = awscc_route53recoverycontrol_routing_control.example
  id = "routing_control_arn"
}