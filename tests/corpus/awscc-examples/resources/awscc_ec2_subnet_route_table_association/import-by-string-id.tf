import {
  to = awscc_ec2_subnet_route_table_association.example
  id = "id"
}