import {
  to = awscc_servicecatalog_cloudformation_provisioned_product.example
  id = "provisioned_product_id"
}