import {
  to = awscc_billing_billing_view.example
  identity = {
    arn = "arn"
  }
}
