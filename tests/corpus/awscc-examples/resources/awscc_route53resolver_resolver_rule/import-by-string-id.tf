import {
  to = awscc_route53resolver_resolver_rule.example
  id = "resolver_rule_id"
}