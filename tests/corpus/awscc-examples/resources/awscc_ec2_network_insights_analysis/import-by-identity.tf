import {
  to = awscc_ec2_network_insights_analysis.example
  identity = {
    network_insights_analysis_id = "network_insights_analysis_id"
  }
}
