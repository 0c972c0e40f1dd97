import {
  to = awscc_rds_db_cluster_parameter_group.example
  id = "db_cluster_parameter_group_name"
}