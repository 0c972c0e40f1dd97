import {
  to = awscc_route53globalresolver_global_resolver.example
  identity = {
    global_resolver_id = "global_resolver_id"
  }
}
