import {
  to = awscc_redshift_cluster_parameter_group.example
  id = "parameter_group_name"
}