import {
  to = awscc_ec2_network_interface_attachment.example
  id = "attachment_id"
}