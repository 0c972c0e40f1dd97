import {
  to = awscc_backup_backup_selection.example
  id = "id"
}