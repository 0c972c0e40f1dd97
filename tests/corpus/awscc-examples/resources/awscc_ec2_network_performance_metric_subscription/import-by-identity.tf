import {
  to = awscc_ec2_network_performance_metric_subscription.example
  identity = {
    source      = "source"
    destination = "destination"
    metric      = "metric"
    statistic   = "statistic"
  }
}
