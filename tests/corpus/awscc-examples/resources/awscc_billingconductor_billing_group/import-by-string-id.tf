import {
  to = awscc_billingconductor_billing_group.example
  id = "arn"
}