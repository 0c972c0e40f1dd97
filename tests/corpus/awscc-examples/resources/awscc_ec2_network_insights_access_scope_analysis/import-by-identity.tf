import {
  to = awscc_ec2_network_insights_access_scope_analysis.example
  identity = {
    network_insights_access_scope_analysis_id = "network_insights_access_scope_analysis_id"
  }
}
