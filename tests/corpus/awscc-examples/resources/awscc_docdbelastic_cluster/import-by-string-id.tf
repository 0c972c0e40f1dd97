import {
  to = awscc_docdbelastic_cluster.example
  id = "cluster_arn"
}