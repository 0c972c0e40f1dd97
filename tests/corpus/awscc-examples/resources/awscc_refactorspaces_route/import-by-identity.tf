import {
  to = awscc_refactorspaces_route.example
  identity = {
    environment_identifier = "environment_identifier"
    application_identifier = "application_identifier"
    route_identifier       = "route_identifier"
  }
}
