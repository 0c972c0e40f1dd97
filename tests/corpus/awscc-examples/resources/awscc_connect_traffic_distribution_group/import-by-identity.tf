import {
  to = awscc_connect_traffic_distribution_group.example
  identity = {
    traffic_distribution_group_arn = "traffic_distribution_group_arn"
  }
}
