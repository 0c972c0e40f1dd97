import {
  to = awscc_networkfirewall_rule_group.example
  identity = {
    rule_group_arn = "rule_group_arn"
  }
}
