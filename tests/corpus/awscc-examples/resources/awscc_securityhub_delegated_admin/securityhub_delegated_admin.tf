resource "awscc_securityhub_delegated_admin" "example" {
  admin_account_id = "222222222222"
}
