import {
  to = awscc_sagemaker_cluster.example
  identity = {
    cluster_arn = "cluster_arn"
  }
}
