import {
  to = awscc_ec2_gateway_route_table_association.example
  id = "gateway_id"
}