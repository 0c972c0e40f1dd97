import {
  to = awscc_ce_anomaly_monitor.example
  id = "monitor_arn"
}