import {
  to = awscc_elasticache_serverless_cache.example
  id = "serverless_cache_name"
}