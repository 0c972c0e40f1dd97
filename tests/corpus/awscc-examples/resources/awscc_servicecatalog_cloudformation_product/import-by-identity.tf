import {
  to = awscc_servicecatalog_cloudformation_product.example
  identity = {
    id = "id"
  }
}
