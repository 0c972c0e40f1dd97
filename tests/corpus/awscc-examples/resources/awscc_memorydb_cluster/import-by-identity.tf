import {
  to = awscc_memorydb_cluster.example
  identity = {
    cluster_name = "cluster_name"
  }
}
