import {
  to = awscc_ec2_vpc_gateway_attachment.example
  identity = {
    attachment_type = "attachment_type"
    vpc_id          = "vpc_id"
  }
}
