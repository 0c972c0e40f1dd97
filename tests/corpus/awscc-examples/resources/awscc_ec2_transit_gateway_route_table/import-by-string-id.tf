import {
  to = awscc_ec2_transit_gateway_route_table.example
  id = "transit_gateway_route_table_id"
}