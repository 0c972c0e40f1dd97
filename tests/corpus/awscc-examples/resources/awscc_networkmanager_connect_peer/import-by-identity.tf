import {
  to = awscc_networkmanager_connect_peer.example
  identity = {
    connect_peer_id = "connect_peer_id"
  }
}
