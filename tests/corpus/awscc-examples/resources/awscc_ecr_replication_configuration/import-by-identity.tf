import {
  to = awscc_ecr_replication_configuration.example
  identity = {
    registry_id = "registry_id"
  }
}
