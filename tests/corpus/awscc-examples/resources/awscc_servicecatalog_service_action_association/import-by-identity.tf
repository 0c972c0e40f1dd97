import {
  to = awscc_servicecatalog_service_action_association.example
  identity = {
    product_id               = "product_id"
    provisioning_artifact_id = "provisioning_artifact_id"
    service_action_id        = "service_action_id"
  }
}
