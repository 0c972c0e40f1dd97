import {
  to = awscc_memorydb_multi_region_cluster.example
  identity = {
    multi_region_cluster_name = "multi_region_cluster_name"
  }
}
