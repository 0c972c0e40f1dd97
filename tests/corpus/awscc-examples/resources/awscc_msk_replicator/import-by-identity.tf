import {
  to = awscc_msk_replicator.example
  identity = {
    replicator_arn = "replicator_arn"
  }
}
