import {
  to = awscc_entityresolution_matching_workflow.example
  identity = {
    workflow_name = "workflow_name"
  }
}
