import {
  to = awscc_neptune_db_cluster.example
  id = "db_cluster_identifier"
}