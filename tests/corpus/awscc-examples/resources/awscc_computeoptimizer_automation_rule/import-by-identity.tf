import {
  to = awscc_computeoptimizer_automation_rule.example
  identity = {
    rule_arn = "rule_arn"
  }
}
