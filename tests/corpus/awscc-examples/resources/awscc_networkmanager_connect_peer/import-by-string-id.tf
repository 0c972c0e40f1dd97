import {
  to = awscc_networkmanager_connect_peer.example
  id = "connect_peer_id"
}