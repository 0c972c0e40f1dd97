import {
  to = awscc_elasticloadbalancingv2_load_balancer.example
  identity = {
    load_balancer_arn = "load_balancer_arn"
  }
}
