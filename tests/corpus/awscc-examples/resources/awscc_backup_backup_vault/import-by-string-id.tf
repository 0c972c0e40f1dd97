import {
  to = awscc_backup_backup_vault.example
  id = "backup_vault_name"
}