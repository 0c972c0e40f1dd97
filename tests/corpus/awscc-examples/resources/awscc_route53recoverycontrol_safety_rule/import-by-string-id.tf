import {
  to = awscc_route53recoverycontrol_safety_rule.example
  id = "safety_rule_arn"
}