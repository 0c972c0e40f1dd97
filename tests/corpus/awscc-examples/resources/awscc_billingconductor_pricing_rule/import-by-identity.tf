import {
  to = awscc_billingconductor_pricing_rule.example
  identity = {
    arn = "arn"
  }
}
