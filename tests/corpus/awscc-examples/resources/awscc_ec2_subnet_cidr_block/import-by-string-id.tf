import {
  to = awscc_ec2_subnet_cidr_block.example
  id = "id"
}