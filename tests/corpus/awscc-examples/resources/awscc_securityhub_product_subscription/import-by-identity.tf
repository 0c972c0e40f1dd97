import {
  to = awscc_securityhub_product_subscription.example
  identity = {
    product_subscription_arn = "product_subscription_arn"
  }
}
