import {
  to = awscc_appsync_resolver.example
  identity = {
    resolver_arn = "resolver_arn"
  }
}
