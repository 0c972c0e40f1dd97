import {
  to = awscc_networkmanager_connect_attachment.example
  identity = {
    attachment_id = "attachment_id"
  }
}
