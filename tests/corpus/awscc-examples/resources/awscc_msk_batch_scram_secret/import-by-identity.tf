import {
  to = awscc_msk_batch_scram_secret.example
  identity = {
    cluster_arn = "cluster_arn"
  }
}
