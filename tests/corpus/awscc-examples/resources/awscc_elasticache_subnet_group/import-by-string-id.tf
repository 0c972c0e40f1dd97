import {
  to = awscc_elasticache_subnet_group.example
  id = "cache_subnet_group_name"
}