import {
  to = awscc_backup_legal_hold.example
  identity = {
    arn = "arn"
  }
}
