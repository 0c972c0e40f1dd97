import {
  to = awscc_eventschemas_registry.example
  identity = {
    registry_arn = "registry_arn"
  }
}
