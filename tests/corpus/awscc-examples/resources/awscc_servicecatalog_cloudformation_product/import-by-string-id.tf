import {
  to = awscc_servicecatalog_cloudformation_product.example
  id = "id"
}