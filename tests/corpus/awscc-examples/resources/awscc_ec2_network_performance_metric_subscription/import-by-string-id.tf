import {
  to = awscc_ec2_network_performance_metric_subscription.example
  id = "source|destination|metric|statistic"
}