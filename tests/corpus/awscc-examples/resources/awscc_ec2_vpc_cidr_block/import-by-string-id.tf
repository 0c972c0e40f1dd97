import {
  to = awscc_ec2_vpc_cidr_block.example
  id = "id|vpc_id"
}