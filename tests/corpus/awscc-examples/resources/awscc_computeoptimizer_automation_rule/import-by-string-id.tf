import {
  to = awscc_computeoptimizer_automation_rule.example
  id = "rule_arn"
}