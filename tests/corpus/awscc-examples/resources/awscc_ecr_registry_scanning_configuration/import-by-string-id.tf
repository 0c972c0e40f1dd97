import {
  to = awscc_ecr_registry_scanning_configuration.example
  id = "registry_id"
}