import {
  to = awscc_route53resolver_resolver_config.example
  id = "resource_id"
}