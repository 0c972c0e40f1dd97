import {
  to = awscc_networkmanager_link_association.example
  id = "global_network_id|device_id|link_id"
}