import {
  to = awscc_ecr_registry_policy.example
  identity = {
    registry_id = "registry_id"
  }
}
