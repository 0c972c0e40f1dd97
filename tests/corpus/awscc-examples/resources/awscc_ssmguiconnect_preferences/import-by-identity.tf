import {
  to = awscc_ssmguiconnect_preferences.example
  identity = {
    account_id = "account_id"
  }
}
