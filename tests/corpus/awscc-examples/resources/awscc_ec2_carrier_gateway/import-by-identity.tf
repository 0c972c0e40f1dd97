import {
  to = awscc_ec2_carrier_gateway.example
  identity = {
    carrier_gateway_id = "carrier_gateway_id"
  }
}
