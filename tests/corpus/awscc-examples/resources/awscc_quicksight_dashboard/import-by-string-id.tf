import {
  to = awscc_quicksight_dashboard.example
  id = "aws_account_id|dashboard_id"
}