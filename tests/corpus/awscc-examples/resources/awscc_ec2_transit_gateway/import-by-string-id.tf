import {
  to = awscc_ec2_transit_gateway.example
  id = "id"
}