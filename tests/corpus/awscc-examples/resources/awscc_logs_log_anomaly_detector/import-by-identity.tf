import {
  to = awscc_logs_log_anomaly_detector.example
  identity = {
    anomaly_detector_arn = "anomaly_detector_arn"
  }
}
