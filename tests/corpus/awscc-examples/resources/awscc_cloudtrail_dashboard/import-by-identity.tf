import {
  to = awscc_cloudtrail_dashboard.example
  identity = {
    dashboard_arn = "dashboard_arn"
  }
}
