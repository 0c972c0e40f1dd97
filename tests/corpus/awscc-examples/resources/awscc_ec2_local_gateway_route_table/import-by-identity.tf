import {
  to = awscc_ec2_local_gateway_route_table.example
  identity = {
    local_gateway_route_table_id = "local_gateway_route_table_id"
  }
}
