import {
  to = awscc_ecr_registry_policy.example
  id = "registry_id"
}