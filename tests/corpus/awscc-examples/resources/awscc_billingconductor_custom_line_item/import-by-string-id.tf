import {
  to = awscc_billingconductor_custom_line_item.example
  id = "arn"
}