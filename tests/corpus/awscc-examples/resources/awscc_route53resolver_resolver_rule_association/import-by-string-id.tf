import {
  to = awscc_route53resolver_resolver_rule_association.example
  id = "resolver_rule_association_id"
}