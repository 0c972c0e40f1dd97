import {
  to = awscc_ec2_local_gateway_route_table_vpc_association.example
  id = "local_gateway_route_table_vpc_association_id"
}