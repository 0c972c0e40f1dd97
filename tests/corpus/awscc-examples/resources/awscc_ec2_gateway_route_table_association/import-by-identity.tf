import {
  to = awscc_ec2_gateway_route_table_association.example
  identity = {
    gateway_id = "gateway_id"
  }
}
