import {
  to = awscc_ssmguiconnect_preferences.example
  id = "account_id"
}