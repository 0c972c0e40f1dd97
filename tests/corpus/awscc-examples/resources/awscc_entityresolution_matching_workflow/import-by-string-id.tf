import {
  to = awscc_entityresolution_matching_workflow.example
  id = "workflow_name"
}