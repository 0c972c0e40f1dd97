import {
  to = awscc_networkmanager_transit_gateway_route_table_attachment.example
  id = "attachment_id"
}