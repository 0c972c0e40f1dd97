import {
  to = awscc_ec2_transit_gateway_route.example
  identity = {
    transit_gateway_route_table_id = "transit_gateway_route_table_id"
    destination_cidr_block         = "destination_cidr_block"
  }
}
