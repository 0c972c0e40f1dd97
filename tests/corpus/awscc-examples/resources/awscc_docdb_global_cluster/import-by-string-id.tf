import {
  to = awscc_docdb_global_cluster.example
  id = "global_cluster_identifier"
}