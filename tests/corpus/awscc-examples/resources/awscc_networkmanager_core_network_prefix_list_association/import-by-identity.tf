import {
  to = awscc_networkmanager_core_network_prefix_list_association.example
  identity = {
    core_network_id = "core_network_id"
    prefix_list_arn = "prefix_list_arn"
  }
}
