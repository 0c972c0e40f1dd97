import {
  to = awscc_ec2_transit_gateway_policy_table.example
  identity = {
    transit_gateway_policy_table_id = "transit_gateway_policy_table_id"
  }
}
