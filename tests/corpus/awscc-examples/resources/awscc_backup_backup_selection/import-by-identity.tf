import {
  to = awscc_backup_backup_selection.example
  identity = {
    id = "id"
  }
}
