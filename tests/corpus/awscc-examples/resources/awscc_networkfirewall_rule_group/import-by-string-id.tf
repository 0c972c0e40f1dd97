import {
  to = awscc_networkfirewall_rule_group.example
  id = "rule_group_arn"
}