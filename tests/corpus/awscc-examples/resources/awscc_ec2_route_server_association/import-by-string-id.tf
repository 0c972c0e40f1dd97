import {
  to = awscc_ec2_route_server_association.example
  id = "route_server_id|vpc_id"
}