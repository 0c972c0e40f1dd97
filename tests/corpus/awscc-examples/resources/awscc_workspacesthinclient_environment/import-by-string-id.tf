import {
  to = awscc_workspacesthinclient_environment.example
  id = "id"
}