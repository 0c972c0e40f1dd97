import {
  to = awscc_lookoutmetrics_anomaly_detector.example
  identity = {
    arn = "arn"
  }
}
