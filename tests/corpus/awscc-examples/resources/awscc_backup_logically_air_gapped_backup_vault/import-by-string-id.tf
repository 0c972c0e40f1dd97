import {
  to = awscc_backup_logically_air_gapped_backup_vault.example
  id = "backup_vault_name"
}