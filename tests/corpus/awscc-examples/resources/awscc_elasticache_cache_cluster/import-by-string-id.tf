import {
  to = awscc_elasticache_cache_cluster.example
  id = "cluster_name"
}