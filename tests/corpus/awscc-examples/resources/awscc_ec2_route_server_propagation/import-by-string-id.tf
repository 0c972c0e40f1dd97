import {
  to = awscc_ec2_route_server_propagation.example
  id = "route_server_id|route_table_id"
}