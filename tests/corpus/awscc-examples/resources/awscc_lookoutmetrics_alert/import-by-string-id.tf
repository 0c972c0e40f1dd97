import {
  to = awscc_lookoutmetrics_alert.example
  id = "arn"
}