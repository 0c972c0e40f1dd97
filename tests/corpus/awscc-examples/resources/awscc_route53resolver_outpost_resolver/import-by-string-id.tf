import {
  to = awscc_route53resolver_outpost_resolver.example
  id = "id"
}