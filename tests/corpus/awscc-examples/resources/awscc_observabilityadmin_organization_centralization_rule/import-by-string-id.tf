import {
  to = awscc_observabilityadmin_organization_centralization_rule.example
  id = "rule_arn"
}