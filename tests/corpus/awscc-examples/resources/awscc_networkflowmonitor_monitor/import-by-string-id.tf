import {
  to = awscc_networkflowmonitor_monitor.example
  id = "arn"
}