import {
  to = awscc_memorydb_multi_region_cluster.example
  id = "multi_region_cluster_name"
}