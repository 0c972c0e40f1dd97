resource "awscc_backup_backup_vault" "example" {
  backup_vault_name = "example_backup_vault"
}