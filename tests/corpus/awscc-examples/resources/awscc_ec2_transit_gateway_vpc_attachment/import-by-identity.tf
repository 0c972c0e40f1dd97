import {
  to = awscc_ec2_transit_gateway_vpc_attachment.example
  identity = {
    id = "id"
  }
}
