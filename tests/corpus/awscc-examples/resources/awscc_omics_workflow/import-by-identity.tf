import {
  to = awscc_omics_workflow.example
  identity = {
    id = "id"
  }
}
