import {
  to = awscc_ec2_security_group_vpc_association.example
  identity = {
    group_id = "group_id"
    vpc_id   = "vpc_id"
  }
}
