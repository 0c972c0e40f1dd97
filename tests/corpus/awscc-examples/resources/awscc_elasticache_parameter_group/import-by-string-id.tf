import {
  to = awscc_elasticache_parameter_group.example
  id = "cache_parameter_group_name"
}