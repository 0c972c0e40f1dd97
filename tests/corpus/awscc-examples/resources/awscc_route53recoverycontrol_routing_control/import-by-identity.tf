import {
  to = awscc_route53recoverycontrol_routing_control.example
  identity = {
    routing_control_arn = "routing_control_arn"
  }
}
