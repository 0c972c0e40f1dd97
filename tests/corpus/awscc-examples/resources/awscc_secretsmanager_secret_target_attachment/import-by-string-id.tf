import {
  to = awscc_secretsmanager_secret_target_attachment.example
  id = "id"
}