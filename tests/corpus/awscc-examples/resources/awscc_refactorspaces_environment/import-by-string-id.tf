import {
  to = awscc_refactorspaces_environment.example
  id = "environment_identifier"
}