import {
  to = awscc_xray_transaction_search_config.example
  id = "account_id"
}