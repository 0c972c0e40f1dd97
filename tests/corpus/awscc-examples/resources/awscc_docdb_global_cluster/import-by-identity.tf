import {
  to = awscc_docdb_global_cluster.example
  identity = {
    global_cluster_identifier = "global_cluster_identifier"
  }
}
