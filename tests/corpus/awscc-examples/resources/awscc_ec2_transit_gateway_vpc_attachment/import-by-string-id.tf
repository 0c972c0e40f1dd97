import {
  to = awscc_ec2_transit_gateway_vpc_attachment.example
  id = "id"
}