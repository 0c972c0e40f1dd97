import {
  to = awscc_route53resolver_resolver_query_logging_config.example
  id = "id"
}