import {
  to = awscc_route53recoveryreadiness_readiness_check.example
  identity = {
    readiness_check_name = "readiness_check_name"
  }
}
