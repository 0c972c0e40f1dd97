import {
  to = awscc_internetmonitor_monitor.example
  identity = {
    monitor_name = "monitor_name"
  }
}
