import {
  to = awscc_iot_custom_metric.example
  identity = {
    metric_name = "metric_name"
  }
}
