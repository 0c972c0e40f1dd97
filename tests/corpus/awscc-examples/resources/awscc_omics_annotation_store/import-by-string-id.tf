import {
  to = awscc_omics_annotation_store.example
  id = "name"
}