import {
  to = awscc_msk_cluster.example
  id = "arn"
}