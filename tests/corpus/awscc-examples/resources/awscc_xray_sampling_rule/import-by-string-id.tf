import {
  to = awscc_xray_sampling_rule.example
  id = "rule_arn"
}