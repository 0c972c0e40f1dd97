import {
  to = awscc_rum_app_monitor.example
  identity = {
    name = "name"
  }
}
