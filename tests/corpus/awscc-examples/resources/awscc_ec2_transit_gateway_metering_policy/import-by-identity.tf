import {
  to = awscc_ec2_transit_gateway_metering_policy.example
  identity = {
    transit_gateway_metering_policy_id = "transit_gateway_metering_policy_id"
  }
}
