import {
  to = awscc_ec2_route_table.example
  identity = {
    route_table_id = "route_table_id"
  }
}
