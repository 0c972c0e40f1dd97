import {
  to = awscc_elasticloadbalancingv2_listener_rule.example
  id = "rule_arn"
}