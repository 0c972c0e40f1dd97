import {
  to = awscc_route53resolver_resolver_query_logging_config_association.example
  id = "id"
}