import {
  to = awscc_redshift_cluster.example
  identity = {
    cluster_identifier = "cluster_identifier"
  }
}
