import {
  to = awscc_omics_variant_store.example
  id = "name"
}