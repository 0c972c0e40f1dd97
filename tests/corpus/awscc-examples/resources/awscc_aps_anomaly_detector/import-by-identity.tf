import {
  to = awscc_aps_anomaly_detector.example
  identity = {
    arn = "arn"
  }
}
