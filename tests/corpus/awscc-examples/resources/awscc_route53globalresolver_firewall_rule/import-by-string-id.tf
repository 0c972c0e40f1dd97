import {
  to = awscc_route53globalresolver_firewall_rule.example
  id = "firewall_rule_id"
}