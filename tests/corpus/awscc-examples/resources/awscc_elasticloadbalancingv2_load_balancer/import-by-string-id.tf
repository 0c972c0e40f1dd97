import {
  to = awscc_elasticloadbalancingv2_load_balancer.example
  id = "load_balancer_arn"
}