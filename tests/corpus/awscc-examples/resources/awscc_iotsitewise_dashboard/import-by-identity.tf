import {
  to = awscc_iotsitewise_dashboard.example
  identity = {
    dashboard_id = "dashboard_id"
  }
}
