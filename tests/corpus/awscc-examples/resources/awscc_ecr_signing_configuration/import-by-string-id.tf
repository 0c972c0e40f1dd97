import {
  to = awscc_ecr_signing_configuration.example
  id = "registry_id"
}