import {
  to = awscc_ce_cost_category.example
  id = "arn"
}