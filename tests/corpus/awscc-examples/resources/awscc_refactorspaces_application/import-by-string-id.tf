import {
  to = awscc_refactorspaces_application.example
  id = "environment_identifier|application_identifier"
}