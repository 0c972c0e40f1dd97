import {
  to = awscc_ec2_transit_gateway_policy_table_entry.example
  id = "transit_gateway_policy_table_id|policy_rule_number"
}