import {
  to = awscc_elasticloadbalancing_load_balancer.example
  id = "load_balancer_name"
}