import {
  to = awscc_entityresolution_id_mapping_workflow.example
  identity = {
    workflow_name = "workflow_name"
  }
}
