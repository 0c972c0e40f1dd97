import {
  to = awscc_rds_global_cluster.example
  id = "global_cluster_identifier"
}