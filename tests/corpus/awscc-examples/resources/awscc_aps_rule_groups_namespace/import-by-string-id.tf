import {
  to = awscc_aps_rule_groups_namespace.example
  id = "arn"
}