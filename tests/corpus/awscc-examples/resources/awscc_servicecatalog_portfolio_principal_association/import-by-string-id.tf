import {
  to = awscc_servicecatalog_portfolio_principal_association.example
  id = "portfolio_id|principal_arn"
}