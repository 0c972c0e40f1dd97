import {
  to = awscc_refactorspaces_application.example
  identity = {
    environment_identifier = "environment_identifier"
    application_identifier = "application_identifier"
  }
}
