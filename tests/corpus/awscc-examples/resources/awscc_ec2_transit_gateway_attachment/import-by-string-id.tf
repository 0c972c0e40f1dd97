import {
  to = awscc_ec2_transit_gateway_attachment.example
  id = "id"
}