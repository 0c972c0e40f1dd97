import {
  to = awscc_networkmanager_site.example
  identity = {
    global_network_id = "global_network_id"
    site_id           = "site_id"
  }
}
