import {
  to = awscc_certificatemanager_account.example
  id = "account_id"
}