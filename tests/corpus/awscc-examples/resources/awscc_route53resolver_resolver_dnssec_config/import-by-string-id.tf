import {
  to = awscc_route53resolver_resolver_dnssec_config.example
  id = "id"
}