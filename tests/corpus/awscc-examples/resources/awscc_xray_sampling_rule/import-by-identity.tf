import {
  to = awscc_xray_sampling_rule.example
  identity = {
    rule_arn = "rule_arn"
  }
}
