import {
  to = awscc_networkmanager_core_network_prefix_list_association.example
  id = "core_network_id|prefix_list_arn"
}