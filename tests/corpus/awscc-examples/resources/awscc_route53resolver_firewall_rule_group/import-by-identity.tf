import {
  to = awscc_route53resolver_firewall_rule_group.example
  identity = {
    id = "id"
  }
}
