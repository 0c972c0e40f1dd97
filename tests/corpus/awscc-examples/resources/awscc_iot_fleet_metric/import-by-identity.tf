import {
  to = awscc_iot_fleet_metric.example
  identity = {
    metric_name = "metric_name"
  }
}
