import {
  to = awscc_ec2_vpc_gateway_attachment.example
  id = "attachment_type|vpc_id"
}