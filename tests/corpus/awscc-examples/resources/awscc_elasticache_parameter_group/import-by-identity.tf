import {
  to = awscc_elasticache_parameter_group.example
  identity = {
    cache_parameter_group_name = "cache_parameter_group_name"
  }
}
