import {
  to = awscc_workspacesthinclient_environment.example
  identity = {
    id = "id"
  }
}
