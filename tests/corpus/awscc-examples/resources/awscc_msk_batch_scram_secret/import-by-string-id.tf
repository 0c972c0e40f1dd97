import {
  to = awscc_msk_batch_scram_secret.example
  id = "cluster_arn"
}