import {
  to = awscc_omics_workflow.example
  id = "id"
}