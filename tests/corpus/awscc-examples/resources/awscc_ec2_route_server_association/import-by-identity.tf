import {
  to = awscc_ec2_route_server_association.example
  identity = {
    route_server_id = "route_server_id"
    vpc_id          = "vpc_id"
  }
}
