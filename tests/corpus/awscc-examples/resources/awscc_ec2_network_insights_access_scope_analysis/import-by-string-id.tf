import {
  to = awscc_ec2_network_insights_access_scope_analysis.example
  id = "network_insights_access_scope_analysis_id"
}