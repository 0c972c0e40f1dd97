import {
  to = awscc_ce_cost_category.example
  identity = {
    arn = "arn"
  }
}
