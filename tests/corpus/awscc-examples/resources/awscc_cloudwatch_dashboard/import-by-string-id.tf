import {
  to = awscc_cloudwatch_dashboard.example
  id = "dashboard_name"
}