import {
  to = awscc_eventschemas_registry.example
  id = "registry_arn"
}