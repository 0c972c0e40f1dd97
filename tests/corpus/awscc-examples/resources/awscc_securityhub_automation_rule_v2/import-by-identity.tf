import {
  to = awscc_securityhub_automation_rule_v2.example
  identity = {
    rule_arn = "rule_arn"
  }
}
