import {
  to = awscc_servicecatalog_service_action.example
  identity = {
    id = "id"
  }
}
