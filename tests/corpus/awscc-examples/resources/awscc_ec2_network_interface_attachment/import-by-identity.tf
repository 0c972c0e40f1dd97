import {
  to = awscc_ec2_network_interface_attachment.example
  identity = {
    attachment_id = "attachment_id"
  }
}
