import {
  to = awscc_elasticloadbalancingv2_target_group.example
  identity = {
    target_group_arn = "target_group_arn"
  }
}
