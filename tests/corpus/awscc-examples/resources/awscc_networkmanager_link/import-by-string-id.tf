import {
  to = awscc_networkmanager_link.example
  id = "global_network_id|link_id"
}