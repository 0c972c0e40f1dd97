import {
  to = awscc_networkmanager_vpc_attachment.example
  identity = {
    attachment_id = "attachment_id"
  }
}
