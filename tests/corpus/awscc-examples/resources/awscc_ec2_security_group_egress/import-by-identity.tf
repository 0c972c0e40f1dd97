import {
  to = awscc_ec2_security_group_egress.example
  identity = {
    id = "id"
  }
}
