import {
  to = awscc_ec2_security_group_ingress.example
  identity = {
    id = "id"
  }
}
