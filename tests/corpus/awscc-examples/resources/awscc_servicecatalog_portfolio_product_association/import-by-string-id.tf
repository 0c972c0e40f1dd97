import {
  to = awscc_servicecatalog_portfolio_product_association.example
  id = "portfolio_id|product_id"
}