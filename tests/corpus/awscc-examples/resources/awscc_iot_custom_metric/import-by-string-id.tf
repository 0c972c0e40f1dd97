import {
  to = awscc_iot_custom_metric.example
  id = "metric_name"
}