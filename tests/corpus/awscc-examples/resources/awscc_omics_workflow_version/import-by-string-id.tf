import {
  to = awscc_omics_workflow_version.example
  id = "arn"
}