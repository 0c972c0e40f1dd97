import {
  to = awscc_networkmanager_transit_gateway_registration.example
  identity = {
    global_network_id   = "global_network_id"
    transit_gateway_arn = "transit_gateway_arn"
  }
}
