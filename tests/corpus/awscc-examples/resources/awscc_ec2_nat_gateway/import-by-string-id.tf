import {
  to = awscc_ec2_nat_gateway.example
  id = "nat_gateway_id"
}