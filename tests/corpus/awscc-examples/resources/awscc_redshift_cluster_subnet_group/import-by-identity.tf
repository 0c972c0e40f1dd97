import {
  to = awscc_redshift_cluster_subnet_group.example
  identity = {
    cluster_subnet_group_name = "cluster_subnet_group_name"
  }
}
