import {
  to = awscc_refactorspaces_environment.example
  identity = {
    environment_identifier = "environment_identifier"
  }
}
