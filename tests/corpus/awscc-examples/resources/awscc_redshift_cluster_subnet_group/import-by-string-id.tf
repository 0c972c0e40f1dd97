import {
  to = awscc_redshift_cluster_subnet_group.example
  id = "cluster_subnet_group_name"
}