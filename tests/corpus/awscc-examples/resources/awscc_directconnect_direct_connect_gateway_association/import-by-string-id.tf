import {
  to = awscc_directconnect_direct_connect_gateway_association.example
  id = "association_id"
}