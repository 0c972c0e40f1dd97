import {
  to = awscc_route53recoverycontrol_safety_rule.example
  identity = {
    safety_rule_arn = "safety_rule_arn"
  }
}
