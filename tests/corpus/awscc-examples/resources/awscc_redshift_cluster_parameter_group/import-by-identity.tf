import {
  to = awscc_redshift_cluster_parameter_group.example
  identity = {
    parameter_group_name = "parameter_group_name"
  }
}
