import {
  to = awscc_ec2_route.example
  id = "route_table_id|cidr_block"
}