import {
  to = awscc_lightsail_load_balancer.example
  id = "load_balancer_name"
}