import {
  to = awscc_networkmanager_transit_gateway_peering.example
  id = "peering_id"
}