import {
  to = awscc_networkmanager_site_to_site_vpn_attachment.example
  id = "attachment_id"
}