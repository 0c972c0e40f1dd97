import {
  to = awscc_refactorspaces_service.example
  identity = {
    environment_identifier = "environment_identifier"
    application_identifier = "application_identifier"
    service_identifier     = "service_identifier"
  }
}
