import {
  to = awscc_ec2_vpc_encryption_control.example
  identity = {
    vpc_encryption_control_id = "vpc_encryption_control_id"
  }
}
