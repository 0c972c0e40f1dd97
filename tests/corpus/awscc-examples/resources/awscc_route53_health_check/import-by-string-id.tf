import {
  to = awscc_route53_health_check.example
  id = "health_check_id"
}