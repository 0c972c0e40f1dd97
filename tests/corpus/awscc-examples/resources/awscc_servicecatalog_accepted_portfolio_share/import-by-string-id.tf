import {
  to = awscc_servicecatalog_accepted_portfolio_share.example
  id = "portfolio_id"
}