import {
  to = awscc_imagebuilder_workflow.example
  id = "arn"
}