import {
  to = awscc_xray_transaction_search_config.example
  identity = {
    account_id = "account_id"
  }
}
