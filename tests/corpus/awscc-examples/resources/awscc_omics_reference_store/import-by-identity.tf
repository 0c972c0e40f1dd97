import {
  to = awscc_omics_reference_store.example
  identity = {
    reference_store_id = "reference_store_id"
  }
}
