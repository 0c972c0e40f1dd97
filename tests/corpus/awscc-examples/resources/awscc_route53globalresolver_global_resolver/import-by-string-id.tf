import {
  to = awscc_route53globalresolver_global_resolver.example
  id = "global_resolver_id"
}