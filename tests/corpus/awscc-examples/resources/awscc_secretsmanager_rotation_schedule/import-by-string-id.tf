import {
  to = awscc_secretsmanager_rotation_schedule.example
  id = "id"
}