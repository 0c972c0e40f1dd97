import {
  to = awscc_servicecatalog_portfolio_product_association.example
  identity = {
    portfolio_id = "portfolio_id"
    product_id   = "product_id"
  }
}
