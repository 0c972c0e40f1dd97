resource "awscc_supportapp_account_alias" "account_alias_example" {
  account_alias = "sample_acc_alias"
}