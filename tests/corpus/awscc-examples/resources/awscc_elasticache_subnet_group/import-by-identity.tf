import {
  to = awscc_elasticache_subnet_group.example
  identity = {
    cache_subnet_group_name = "cache_subnet_group_name"
  }
}
