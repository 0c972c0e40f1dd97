import {
  to = awscc_organizations_account.example
  identity = {
    account_id = "account_id"
  }
}
