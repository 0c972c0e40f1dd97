import {
  to = awscc_omics_reference_store.example
  id = "reference_store_id"
}