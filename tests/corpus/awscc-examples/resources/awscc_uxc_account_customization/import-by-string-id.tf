import {
  to = awscc_uxc_account_customization.example
  id = "account_id"
}