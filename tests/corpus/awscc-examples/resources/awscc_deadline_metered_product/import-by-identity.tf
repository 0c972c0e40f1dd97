import {
  to = awscc_deadline_metered_product.example
  identity = {
    arn = "arn"
  }
}
