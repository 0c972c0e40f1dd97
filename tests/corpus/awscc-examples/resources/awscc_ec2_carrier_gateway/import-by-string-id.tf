import {
  to = awscc_ec2_carrier_gateway.example
  id = "carrier_gateway_id"
}