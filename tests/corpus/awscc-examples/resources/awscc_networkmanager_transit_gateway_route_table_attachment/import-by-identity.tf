import {
  to = awscc_networkmanager_transit_gateway_route_table_attachment.example
  identity = {
    attachment_id = "attachment_id"
  }
}
