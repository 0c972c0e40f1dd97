import {
  to = awscc_route53resolver_resolver_config.example
  identity = {
    resource_id = "resource_id"
  }
}
