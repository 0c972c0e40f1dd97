import {
  to = awscc_iot_fleet_metric.example
  id = "metric_name"
}