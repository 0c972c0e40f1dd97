import {
  to = awscc_ec2_transit_gateway_metering_policy_entry.example
  id = "transit_gateway_metering_policy_id|policy_rule_number"
}