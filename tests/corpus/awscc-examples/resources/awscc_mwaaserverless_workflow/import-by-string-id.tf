import {
  to = awscc_mwaaserverless_workflow.example
  id = "workflow_arn"
}