import {
  to = awscc_msk_cluster_policy.example
  id = "cluster_arn"
}