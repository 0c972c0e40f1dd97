import {
  to = awscc_route53resolver_resolver_rule.example
  identity = {
    resolver_rule_id = "resolver_rule_id"
  }
}
