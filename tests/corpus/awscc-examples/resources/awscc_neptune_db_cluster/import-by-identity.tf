import {
  to = awscc_neptune_db_cluster.example
  identity = {
    db_cluster_identifier = "db_cluster_identifier"
  }
}
