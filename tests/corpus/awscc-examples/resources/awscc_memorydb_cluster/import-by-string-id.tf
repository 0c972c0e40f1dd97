import {
  to = awscc_memorydb_cluster.example
  id = "cluster_name"
}