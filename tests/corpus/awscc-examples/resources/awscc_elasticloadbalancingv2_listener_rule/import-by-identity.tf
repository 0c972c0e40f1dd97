import {
  to = awscc_elasticloadbalancingv2_listener_rule.example
  identity = {
    rule_arn = "rule_arn"
  }
}
