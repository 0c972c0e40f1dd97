import {
  to = awscc_ec2_transit_gateway_peering_attachment.example
  id = "transit_gateway_attachment_id"
}