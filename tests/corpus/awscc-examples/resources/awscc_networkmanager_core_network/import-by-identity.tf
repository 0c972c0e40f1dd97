import {
  to = awscc_networkmanager_core_network.example
  identity = {
    core_network_id = "core_network_id"
  }
}
