import {
  to = awscc_eventschemas_registry_policy.example
  identity = {
    id = "id"
  }
}
