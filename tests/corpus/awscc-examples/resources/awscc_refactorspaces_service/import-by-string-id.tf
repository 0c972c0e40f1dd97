import {
  to = awscc_refactorspaces_service.example
  id = "environment_identifier|application_identifier|service_identifier"
}