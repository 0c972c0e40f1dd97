import {
  to = awscc_ec2_route_table.example
  id = "route_table_id"
}