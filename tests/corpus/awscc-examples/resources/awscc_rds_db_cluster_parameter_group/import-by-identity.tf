import {
  to = awscc_rds_db_cluster_parameter_group.example
  identity = {
    db_cluster_parameter_group_name = "db_cluster_parameter_group_name"
  }
}
