import {
  to = awscc_lookoutmetrics_alert.example
  identity = {
    arn = "arn"
  }
}
