import {
  to = awscc_route53recoveryreadiness_readiness_check.example
  id = "readiness_check_name"
}