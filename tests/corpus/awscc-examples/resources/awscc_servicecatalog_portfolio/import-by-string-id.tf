import {
  to = awscc_servicecatalog_portfolio.example
  id = "id"
}