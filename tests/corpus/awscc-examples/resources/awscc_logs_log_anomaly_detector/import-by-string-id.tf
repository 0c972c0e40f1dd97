import {
  to = awscc_logs_log_anomaly_detector.example
  id = "anomaly_detector_arn"
}