import {
  to = awscc_route53_health_check.example
  identity = {
    health_check_id = "health_check_id"
  }
}
