import {
  to = awscc_ecr_registry_scanning_configuration.example
  identity = {
    registry_id = "registry_id"
  }
}
