import {
  to = awscc_networkmanager_transit_gateway_registration.example
  id = "global_network_id|transit_gateway_arn"
}