import {
  to = awscc_route53resolver_firewall_rule_group_association.example
  id = "id"
}