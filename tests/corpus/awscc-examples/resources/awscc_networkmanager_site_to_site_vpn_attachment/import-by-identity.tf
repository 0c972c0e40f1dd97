import {
  to = awscc_networkmanager_site_to_site_vpn_attachment.example
  identity = {
    attachment_id = "attachment_id"
  }
}
