import {
  to = awscc_ec2_route.example
  identity = {
    route_table_id = "route_table_id"
    cidr_block     = "cidr_block"
  }
}
