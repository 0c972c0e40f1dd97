import {
  to = awscc_ec2_transit_gateway_connect.example
  id = "transit_gateway_attachment_id"
}