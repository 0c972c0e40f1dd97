import {
  to = awscc_servicecatalog_portfolio.example
  identity = {
    id = "id"
  }
}
