import {
  to = awscc_neptune_global_cluster.example
  id = "global_cluster_identifier"
}