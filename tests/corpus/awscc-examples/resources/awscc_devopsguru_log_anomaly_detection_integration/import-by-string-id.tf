import {
  to = awscc_devopsguru_log_anomaly_detection_integration.example
  id = "account_id"
}