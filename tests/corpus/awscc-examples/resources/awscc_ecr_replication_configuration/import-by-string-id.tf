import {
  to = awscc_ecr_replication_configuration.example
  id = "registry_id"
}