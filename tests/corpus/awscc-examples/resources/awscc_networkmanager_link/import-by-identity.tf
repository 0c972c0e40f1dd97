import {
  to = awscc_networkmanager_link.example
  identity = {
    global_network_id = "global_network_id"
    link_id           = "link_id"
  }
}
