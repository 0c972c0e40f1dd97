import {
  to = awscc_networkmanager_site.example
  id = "global_network_id|site_id"
}