import {
  to = awscc_backup_backup_vault.example
  identity = {
    backup_vault_name = "backup_vault_name"
  }
}
