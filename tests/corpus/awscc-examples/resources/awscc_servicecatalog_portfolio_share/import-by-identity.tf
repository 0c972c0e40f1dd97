import {
  to = awscc_servicecatalog_portfolio_share.example
  identity = {
    portfolio_id = "portfolio_id"
    account_id   = "account_id"
  }
}
