import {
  to = awscc_neptune_db_cluster_parameter_group.example
  id = "name"
}