import {
  to = awscc_neptune_global_cluster.example
  identity = {
    global_cluster_identifier = "global_cluster_identifier"
  }
}
