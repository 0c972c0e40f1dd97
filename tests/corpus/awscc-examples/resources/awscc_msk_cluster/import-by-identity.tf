import {
  to = awscc_msk_cluster.example
  identity = {
    arn = "arn"
  }
}
