import {
  to = awscc_observabilityadmin_telemetry_rule.example
  id = "rule_arn"
}