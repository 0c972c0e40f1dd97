import {
  to = awscc_ec2_route_server_propagation.example
  identity = {
    route_server_id = "route_server_id"
    route_table_id  = "route_table_id"
  }
}
