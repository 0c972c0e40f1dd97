import {
  to = awscc_ec2_network_insights_access_scope.example
  id = "network_insights_access_scope_id"
}