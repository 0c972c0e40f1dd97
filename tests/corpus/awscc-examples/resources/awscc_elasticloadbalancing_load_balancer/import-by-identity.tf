import {
  to = awscc_elasticloadbalancing_load_balancer.example
  identity = {
    load_balancer_name = "load_balancer_name"
  }
}
