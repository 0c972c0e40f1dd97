import {
  to = awscc_msk_serverless_cluster.example
  identity = {
    arn = "arn"
  }
}
