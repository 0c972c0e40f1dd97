import {
  to = awscc_quicksight_dashboard.example
  identity = {
    aws_account_id = "aws_account_id"
    dashboard_id   = "dashboard_id"
  }
}
