import {
  to = awscc_refactorspaces_route.example
  id = "environment_identifier|application_identifier|route_identifier"
}