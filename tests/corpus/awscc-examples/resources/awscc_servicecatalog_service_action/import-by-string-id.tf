import {
  to = awscc_servicecatalog_service_action.example
  id = "id"
}