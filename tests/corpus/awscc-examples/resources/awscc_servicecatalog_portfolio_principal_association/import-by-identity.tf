import {
  to = awscc_servicecatalog_portfolio_principal_association.example
  identity = {
    portfolio_id  = "portfolio_id"
    principal_arn = "principal_arn"
  }
}
