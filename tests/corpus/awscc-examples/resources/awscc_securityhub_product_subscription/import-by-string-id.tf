import {
  to = awscc_securityhub_product_subscription.example
  id = "product_subscription_arn"
}