import {
  to = awscc_billingconductor_pricing_plan.example
  id = "arn"
}