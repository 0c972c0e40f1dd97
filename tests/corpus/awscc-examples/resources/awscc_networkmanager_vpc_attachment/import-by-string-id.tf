import {
  to = awscc_networkmanager_vpc_attachment.example
  id = "attachment_id"
}