import {
  to = awscc_networkmanager_link_association.example
  identity = {
    global_network_id = "global_network_id"
    device_id         = "device_id"
    link_id           = "link_id"
  }
}
