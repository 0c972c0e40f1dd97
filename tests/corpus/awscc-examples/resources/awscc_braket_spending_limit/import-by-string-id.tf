import {
  to = awscc_braket_spending_limit.example
  id = "spending_limit_arn"
}