import {
  to = awscc_entityresolution_id_mapping_workflow.example
  id = "workflow_name"
}