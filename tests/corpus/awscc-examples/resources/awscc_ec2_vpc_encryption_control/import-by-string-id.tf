import {
  to = awscc_ec2_vpc_encryption_control.example
  id = "vpc_encryption_control_id"
}