import {
  to = awscc_omics_variant_store.example
  identity = {
    name = "name"
  }
}
