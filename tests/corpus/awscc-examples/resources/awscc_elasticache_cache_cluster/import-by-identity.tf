import {
  to = awscc_elasticache_cache_cluster.example
  identity = {
    cluster_name = "cluster_name"
  }
}
