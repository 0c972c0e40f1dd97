import {
  to = awscc_iotsitewise_dashboard.example
  id = "dashboard_id"
}