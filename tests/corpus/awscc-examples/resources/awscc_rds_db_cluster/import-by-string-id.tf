import {
  to = awscc_rds_db_cluster.example
  id = "db_cluster_identifier"
}