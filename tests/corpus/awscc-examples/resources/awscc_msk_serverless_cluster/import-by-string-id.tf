import {
  to = awscc_msk_serverless_cluster.example
  id = "arn"
}