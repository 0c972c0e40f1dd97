import {
  to = awscc_ecr_signing_configuration.example
  identity = {
    registry_id = "registry_id"
  }
}
