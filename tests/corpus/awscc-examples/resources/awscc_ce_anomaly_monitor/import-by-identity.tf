import {
  to = awscc_ce_anomaly_monitor.example
  identity = {
    monitor_arn = "monitor_arn"
  }
}
