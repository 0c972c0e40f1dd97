import {
  to = awscc_ec2_transit_gateway_connect.example
  identity = {
    transit_gateway_attachment_id = "transit_gateway_attachment_id"
  }
}
