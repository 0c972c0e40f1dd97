import {
  to = awscc_route53resolver_resolver_endpoint.example
  identity = {
    resolver_endpoint_id = "resolver_endpoint_id"
  }
}
