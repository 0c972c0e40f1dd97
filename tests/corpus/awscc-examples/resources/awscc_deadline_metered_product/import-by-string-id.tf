import {
  to = awscc_deadline_metered_product.example
  id = "arn"
}