import {
  to = awscc_networkflowmonitor_monitor.example
  identity = {
    arn = "arn"
  }
}
