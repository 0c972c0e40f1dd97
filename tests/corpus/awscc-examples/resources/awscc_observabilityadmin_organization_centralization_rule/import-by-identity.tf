import {
  to = awscc_observabilityadmin_organization_centralization_rule.example
  identity = {
    rule_arn = "rule_arn"
  }
}
