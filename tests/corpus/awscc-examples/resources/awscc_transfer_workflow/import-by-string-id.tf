import {
  to = awscc_transfer_workflow.example
  id = "workflow_id"
}