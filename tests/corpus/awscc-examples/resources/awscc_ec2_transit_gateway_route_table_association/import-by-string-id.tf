import {
  to = awscc_ec2_transit_gateway_route_table_association.example
  id = "transit_gateway_route_table_id|transit_gateway_attachment_id"
}