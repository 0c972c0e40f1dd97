import {
  to = awscc_billing_billing_view.example
  id = "arn"
}