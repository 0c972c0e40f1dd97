import {
  to = awscc_certificatemanager_account.example
  identity = {
    account_id = "account_id"
  }
}
