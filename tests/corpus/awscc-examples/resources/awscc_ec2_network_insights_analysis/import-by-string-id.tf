import {
  to = awscc_ec2_network_insights_analysis.example
  id = "network_insights_analysis_id"
}