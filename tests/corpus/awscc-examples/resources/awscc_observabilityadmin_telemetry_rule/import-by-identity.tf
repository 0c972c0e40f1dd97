import {
  to = awscc_observabilityadmin_telemetry_rule.example
  identity = {
    rule_arn = "rule_arn"
  }
}
