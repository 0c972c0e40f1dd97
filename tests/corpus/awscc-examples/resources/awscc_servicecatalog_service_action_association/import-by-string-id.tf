import {
  to = awscc_servicecatalog_service_action_association.example
  id = "product_id|provisioning_artifact_id|service_action_id"
}