import {
  to = awscc_elasticloadbalancingv2_listener.example
  id = "listener_arn"
}