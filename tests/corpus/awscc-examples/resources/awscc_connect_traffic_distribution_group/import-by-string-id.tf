import {
  to = awscc_connect_traffic_distribution_group.example
  id = "traffic_distribution_group_arn"
}