import {
  to = awscc_organizations_account.example
  id = "account_id"
}