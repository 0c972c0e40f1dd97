import {
  to = awscc_glue_workflow.example
  identity = {
    name = "name"
  }
}
