import {
  to = awscc_ec2_transit_gateway_attachment.example
  identity = {
    id = "id"
  }
}
