import {
  to = awscc_elasticloadbalancingv2_target_group.example
  id = "target_group_arn"
}