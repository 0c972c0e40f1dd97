import {
  to = awscc_networkmanager_core_network.example
  id = "core_network_id"
}