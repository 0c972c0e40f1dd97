import {
  to = awscc_budgets_budgets_action.example
  id = "action_id|budget_name"
}