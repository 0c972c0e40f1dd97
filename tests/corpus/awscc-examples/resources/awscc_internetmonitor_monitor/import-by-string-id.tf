import {
  to = awscc_internetmonitor_monitor.example
  id = "monitor_name"
}