import {
  to = awscc_ec2_local_gateway_route.example
  identity = {
    destination_cidr_block       = "destination_cidr_block"
    local_gateway_route_table_id = "local_gateway_route_table_id"
  }
}
