import {
  to = awscc_networkmanager_transit_gateway_peering.example
  identity = {
    peering_id = "peering_id"
  }
}
