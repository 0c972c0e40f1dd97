import {
  to = awscc_ec2_route_server_peer.example
  identity = {
    id = "id"
  }
}
