import {
  to = awscc_ec2_nat_gateway.example
  identity = {
    nat_gateway_id = "nat_gateway_id"
  }
}
