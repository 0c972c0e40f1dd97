import {
  to = awscc_ec2_vpc_cidr_block.example
  identity = {
    id     = "id"
    vpc_id = "vpc_id"
  }
}
