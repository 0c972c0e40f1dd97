import {
  to = awscc_redshift_cluster.example
  id = "cluster_identifier"
}