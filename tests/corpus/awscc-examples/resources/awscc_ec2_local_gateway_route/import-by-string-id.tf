import {
  to = awscc_ec2_local_gateway_route.example
  id = "destination_cidr_block|local_gateway_route_table_id"
}