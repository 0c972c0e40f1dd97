import {
  to = awscc_secretsmanager_secret.example
  identity = {
    id = "id"
  }
}
