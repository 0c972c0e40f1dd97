import {
  to = awscc_glue_workflow.example
  id = "name"
}