import {
  to = awscc_transfer_workflow.example
  identity = {
    workflow_id = "workflow_id"
  }
}
