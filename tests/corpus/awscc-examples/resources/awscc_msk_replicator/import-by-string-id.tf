import {
  to = awscc_msk_replicator.example
  id = "replicator_arn"
}