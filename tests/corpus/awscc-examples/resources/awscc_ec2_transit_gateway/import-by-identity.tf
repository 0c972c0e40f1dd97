import {
  to = awscc_ec2_transit_gateway.example
  identity = {
    id = "id"
  }
}
