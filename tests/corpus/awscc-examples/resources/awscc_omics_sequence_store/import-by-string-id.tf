import {
  to = awscc_omics_sequence_store.example
  id = "sequence_store_id"
}