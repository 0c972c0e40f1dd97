import {
  to = awscc_securityhub_automation_rule_v2.example
  id = "rule_arn"
}