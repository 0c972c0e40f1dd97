import {
  to = awscc_secretsmanager_resource_policy.example
  id = "id"
}