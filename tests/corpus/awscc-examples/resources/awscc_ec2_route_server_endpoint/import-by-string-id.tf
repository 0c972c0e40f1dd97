import {
  to = awscc_ec2_route_server_endpoint.example
  id = "id"
}