import {
  to = awscc_appsync_resolver.example
  id = "resolver_arn"
}