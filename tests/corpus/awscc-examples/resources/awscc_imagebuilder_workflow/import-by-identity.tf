import {
  to = awscc_imagebuilder_workflow.example
  identity = {
    arn = "arn"
  }
}
