import {
  to = awscc_route53globalresolver_firewall_rule.example
  identity = {
    firewall_rule_id = "firewall_rule_id"
  }
}
