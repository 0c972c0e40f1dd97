import {
  to = awscc_cloudwatch_metric_stream.example
  id = "name"
}