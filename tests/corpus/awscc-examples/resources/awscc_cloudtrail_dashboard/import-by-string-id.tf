import {
  to = awscc_cloudtrail_dashboard.example
  id = "dashboard_arn"
}