import {
  to = awscc_servicecatalog_cloudformation_provisioned_product.example
  identity = {
    provisioned_product_id = "provisioned_product_id"
  }
}
