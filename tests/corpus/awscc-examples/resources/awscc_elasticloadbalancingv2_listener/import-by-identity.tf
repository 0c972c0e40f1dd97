import {
  to = awscc_elasticloadbalancingv2_listener.example
  identity = {
    listener_arn = "listener_arn"
  }
}
