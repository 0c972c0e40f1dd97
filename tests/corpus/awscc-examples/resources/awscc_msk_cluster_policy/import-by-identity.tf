import {
  to = awscc_msk_cluster_policy.example
  identity = {
    cluster_arn = "cluster_arn"
  }
}
