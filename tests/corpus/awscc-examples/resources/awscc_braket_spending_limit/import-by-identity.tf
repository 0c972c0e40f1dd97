import {
  to = awscc_braket_spending_limit.example
  identity = {
    spending_limit_arn = "spending_limit_arn"
  }
}
