import {
  to = awscc_docdbelastic_cluster.example
  identity = {
    cluster_arn = "cluster_arn"
  }
}
