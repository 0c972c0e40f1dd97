import {
  to = awscc_networkmanager_global_network.example
  id = "id"
}