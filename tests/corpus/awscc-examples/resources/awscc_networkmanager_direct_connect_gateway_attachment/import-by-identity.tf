import {
  to = awscc_networkmanager_direct_connect_gateway_attachment.example
  identity = {
    attachment_id = "attachment_id"
  }
}
