import {
  to = awscc_sagemaker_cluster.example
  id = "cluster_arn"
}