import {
  to = awscc_directconnect_direct_connect_gateway_association.example
  identity = {
    association_id = "association_id"
  }
}
