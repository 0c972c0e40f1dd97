import {
  to = awscc_budgets_budgets_action.example
  identity = {
    action_id   = "action_id"
    budget_name = "budget_name"
  }
}
