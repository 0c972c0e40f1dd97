import {
  to = awscc_ec2_network_insights_path.example
  id = "network_insights_path_id"
}