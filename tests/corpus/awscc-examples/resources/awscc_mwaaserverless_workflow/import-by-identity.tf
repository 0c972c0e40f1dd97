import {
  to = awscc_mwaaserverless_workflow.example
  identity = {
    workflow_arn = "workflow_arn"
  }
}
