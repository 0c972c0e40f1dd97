import {
  to = awscc_omics_annotation_store.example
  identity = {
    name = "name"
  }
}
