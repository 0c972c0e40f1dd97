import {
  to = awscc_observabilityadmin_organization_telemetry_rule.example
  id = "rule_arn"
}