import {
  to = awscc_ec2_security_group.example
  id = "id"
}