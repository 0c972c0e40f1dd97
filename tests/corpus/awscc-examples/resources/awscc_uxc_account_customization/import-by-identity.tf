import {
  to = awscc_uxc_account_customization.example
  identity = {
    account_id = "account_id"
  }
}
