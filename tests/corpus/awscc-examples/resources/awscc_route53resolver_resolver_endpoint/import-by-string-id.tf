import {
  to = awscc_route53resolver_resolver_endpoint.example
  id = "resolver_endpoint_id"
}