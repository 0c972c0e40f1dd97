import {
  to = awscc_elasticache_serverless_cache.example
  identity = {
    serverless_cache_name = "serverless_cache_name"
  }
}
