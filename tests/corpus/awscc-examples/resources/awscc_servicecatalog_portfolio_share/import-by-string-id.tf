import {
  to = awscc_servicecatalog_portfolio_share.example
  id = "portfolio_id|account_id"
}