import {
  to = awscc_ec2_transit_gateway_connect_peer.example
  identity = {
    transit_gateway_connect_peer_id = "transit_gateway_connect_peer_id"
  }
}
