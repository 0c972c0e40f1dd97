import {
  to = awscc_backup_legal_hold.example
  id = "arn"
}