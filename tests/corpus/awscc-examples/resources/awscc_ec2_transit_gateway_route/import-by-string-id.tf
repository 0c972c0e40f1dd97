import {
  to = awscc_ec2_transit_gateway_route.example
  id = "transit_gateway_route_table_id|destination_cidr_block"
}