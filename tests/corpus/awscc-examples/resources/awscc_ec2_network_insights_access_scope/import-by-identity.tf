import {
  to = awscc_ec2_network_insights_access_scope.example
  identity = {
    network_insights_access_scope_id = "network_insights_access_scope_id"
  }
}
