import {
  to = awscc_ec2_route_server.example
  identity = {
    id = "id"
  }
}
