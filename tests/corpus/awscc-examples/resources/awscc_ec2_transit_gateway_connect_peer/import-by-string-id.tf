import {
  to = awscc_ec2_transit_gateway_connect_peer.example
  id = "transit_gateway_connect_peer_id"
}