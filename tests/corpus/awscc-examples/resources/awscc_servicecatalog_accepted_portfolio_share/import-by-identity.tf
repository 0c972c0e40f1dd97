import {
  to = awscc_servicecatalog_accepted_portfolio_share.example
  identity = {
    portfolio_id = "portfolio_id"
  }
}
