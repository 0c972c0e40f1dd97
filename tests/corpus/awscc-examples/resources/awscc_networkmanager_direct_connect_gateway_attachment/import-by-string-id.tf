import {
  to = awscc_networkmanager_direct_connect_gateway_attachment.example
  id = "attachment_id"
}