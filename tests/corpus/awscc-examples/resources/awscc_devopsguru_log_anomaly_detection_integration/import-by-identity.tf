import {
  to = awscc_devopsguru_log_anomaly_detection_integration.example
  identity = {
    account_id = "account_id"
  }
}
