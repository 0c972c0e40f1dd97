import {
  to = awscc_cloudwatch_dashboard.example
  identity = {
    dashboard_name = "dashboard_name"
  }
}
