import {
  to = awscc_billingconductor_pricing_plan.example
  identity = {
    arn = "arn"
  }
}
