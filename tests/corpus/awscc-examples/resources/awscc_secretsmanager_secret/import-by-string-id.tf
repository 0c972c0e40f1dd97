import {
  to = awscc_secretsmanager_secret.example
  id = "id"
}