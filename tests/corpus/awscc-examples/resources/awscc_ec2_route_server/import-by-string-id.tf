import {
  to = awscc_ec2_route_server.example
  id = "id"
}