import {
  to = awscc_observabilityadmin_organization_telemetry_rule.example
  identity = {
    rule_arn = "rule_arn"
  }
}
