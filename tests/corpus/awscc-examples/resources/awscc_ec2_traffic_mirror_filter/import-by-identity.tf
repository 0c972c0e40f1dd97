import {
  to = awscc_ec2_traffic_mirror_filter.example
  identity = {
    id = "id"
  }
}
