import {
  to = awscc_omics_sequence_store.example
  identity = {
    sequence_store_id = "sequence_store_id"
  }
}
