import {
  to = awscc_networkmanager_connect_attachment.example
  id = "attachment_id"
}