import {
  to = awscc_ec2_network_insights_path.example
  identity = {
    network_insights_path_id = "network_insights_path_id"
  }
}
